; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64 }
%struct.signal_struct = type { i64 }
%struct.rlimit = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5
@"llvm.task_struct:0:208$0:0" = external global i64, !llvm.preserve.access.index !38 #0
@"llvm.signal_struct:2:1$0:0:2:0" = external global i32, !llvm.preserve.access.index !42 #0
@"llvm.signal_struct:0:40$0:0:2:0" = external global i64, !llvm.preserve.access.index !42 #0
@"llvm.signal_struct:2:1$0:0:2:1" = external global i32, !llvm.preserve.access.index !42 #0
@"llvm.signal_struct:0:48$0:0:2:1" = external global i64, !llvm.preserve.access.index !42 #0
@"llvm.signal_struct:0:8$0:0:0" = external global i64, !llvm.preserve.access.index !42 #0
@"llvm.signal_struct:1:16$0:0:0" = external global i32, !llvm.preserve.access.index !42 #0
@"llvm.rlimit:0:8$0:1" = external global i64, !llvm.preserve.access.index !46 #0

; Function Attrs: nounwind
define i32 @begin0(i8* %ctx) #1 section "raw_tp" !dbg !55 {
entry:
  %tmp4 = alloca [1 x i64], align 8, !dbg !60
  %tmp = alloca [1 x i64], align 8, !dbg !60
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !59, metadata !DIExpression()), !dbg !60
  %zero = alloca i32, align 4, !dbg !61
  store i32 0, i32* %zero, align 4, !dbg !61
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !62
  %.not = icmp eq i8* %0, null, !dbg !62
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !62

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !62
  store i64 2, i64* %1, align 8, !dbg !62
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !62
  %3 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !62
  %4 = inttoptr i64 %3 to i8*, !dbg !62
  %5 = load i64, i64* @"llvm.task_struct:0:208$0:0", align 8
  %6 = getelementptr i8, i8* %4, i64 %5
  %7 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 0, i8* %6)
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !62
  %9 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !62
  store i64 0, i64* %9, align 8, !dbg !62
  %10 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 8, i8* %7) #1, !dbg !62
  %11 = load i64, i64* %9, align 8, !dbg !62
  %12 = inttoptr i64 %11 to i8*, !dbg !62
  %13 = load i32, i32* @"llvm.signal_struct:2:1$0:0:2:0", align 4
  %14 = call i32 @llvm.bpf.passthrough.i32.i32(i32 1, i32 %13)
  %.not13 = icmp eq i32 %14, 0, !dbg !62
  br i1 %.not13, label %show.none, label %show.member, !dbg !62

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !62
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #1, !dbg !62
  %.not10 = icmp eq i8* %16, null, !dbg !62
  br i1 %.not10, label %rec.done, label %stat.inc, !dbg !62

rec.done:                                         ; preds = %rec.lost, %stat.inc, %show.next3
  %17 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !63
  %pid = lshr i64 %17, 32, !dbg !63
  %18 = urem i64 %pid, 20, !dbg !63
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !63
  %20 = inttoptr i64 %19 to i8*, !dbg !63
  %21 = load i64, i64* @"llvm.task_struct:0:208$0:0", align 8
  %22 = getelementptr i8, i8* %20, i64 %21
  %23 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 5, i8* %22)
  %24 = bitcast [1 x i64]* %tmp to i8*, !dbg !63
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !63
  store i64 0, i64* %25, align 8, !dbg !63
  %26 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %24, i32 8, i8* %23) #1, !dbg !63
  %27 = load i64, i64* %25, align 8, !dbg !63
  %28 = inttoptr i64 %27 to i8*, !dbg !63
  %29 = load i64, i64* @"llvm.signal_struct:0:8$0:0:0", align 8
  %30 = getelementptr i8, i8* %28, i64 %29
  %31 = bitcast i8* %30 to i64*
  %32 = call i64* @llvm.bpf.passthrough.p0i64.p0i64(i32 6, i64* %31)
  %33 = load i32, i32* @"llvm.signal_struct:1:16$0:0:0", align 4
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 7, i32 %33)
  %35 = zext i32 %34 to i64, !dbg !63
  %36 = mul nuw nsw i64 %18, %35, !dbg !63
  %37 = ptrtoint i64* %32 to i64, !dbg !63
  %38 = add i64 %36, %37, !dbg !63
  %39 = icmp ult i64 %18, 16, !dbg !63
  %40 = select i1 %39, i64 %38, i64 0, !dbg !63
  %41 = inttoptr i64 %40 to i8*, !dbg !63
  %42 = load i64, i64* @"llvm.rlimit:0:8$0:1", align 8
  %43 = getelementptr i8, i8* %41, i64 %42
  %44 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 8, i8* %43)
  %45 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !63
  %46 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !63
  store i64 0, i64* %46, align 8, !dbg !63
  %47 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %45, i32 8, i8* %44) #1, !dbg !63
  %48 = load i64, i64* %46, align 8, !dbg !63
  %49 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #1, !dbg !63
  %.not11 = icmp eq i8* %49, null, !dbg !63
  br i1 %.not11, label %rec.lost6, label %rec.fill5, !dbg !63

stat.inc:                                         ; preds = %rec.lost
  %50 = bitcast i8* %16 to i64*, !dbg !62
  %51 = load i64, i64* %50, align 8, !dbg !62
  %52 = add i64 %51, 1, !dbg !62
  store i64 %52, i64* %50, align 8, !dbg !62
  br label %rec.done, !dbg !62

show.member:                                      ; preds = %rec.fill
  %53 = load i64, i64* @"llvm.signal_struct:0:40$0:0:2:0", align 8
  %54 = getelementptr i8, i8* %12, i64 %53
  %55 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 2, i8* %54)
  %56 = bitcast i8* %2 to i64*, !dbg !62
  store i64 0, i64* %56, align 8, !dbg !62
  %57 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* %55) #1, !dbg !62
  br label %show.next, !dbg !62

show.none:                                        ; preds = %rec.fill
  %58 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* null) #1, !dbg !62
  br label %show.next, !dbg !62

show.next:                                        ; preds = %show.member, %show.none
  %59 = getelementptr i8, i8* %0, i64 16, !dbg !62
  %60 = load i32, i32* @"llvm.signal_struct:2:1$0:0:2:1", align 4
  %61 = call i32 @llvm.bpf.passthrough.i32.i32(i32 3, i32 %60)
  %.not14 = icmp eq i32 %61, 0, !dbg !62
  br i1 %.not14, label %show.none2, label %show.member1, !dbg !62

show.member1:                                     ; preds = %show.next
  %62 = load i64, i64* @"llvm.signal_struct:0:48$0:0:2:1", align 8
  %63 = getelementptr i8, i8* %12, i64 %62
  %64 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 4, i8* %63)
  %65 = bitcast i8* %59 to i64*, !dbg !62
  store i64 0, i64* %65, align 8, !dbg !62
  %66 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %59, i32 8, i8* %64) #1, !dbg !62
  br label %show.next3, !dbg !62

show.none2:                                       ; preds = %show.next
  %67 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %59, i32 8, i8* null) #1, !dbg !62
  br label %show.next3, !dbg !62

show.next3:                                       ; preds = %show.member1, %show.none2
  %68 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !62
  %69 = icmp ugt i64 %68, 65536, !dbg !62
  %70 = select i1 %69, i64 2, i64 1, !dbg !62
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %70) #1, !dbg !62
  br label %rec.done, !dbg !62

rec.fill5:                                        ; preds = %rec.done
  %71 = bitcast i8* %49 to i64*, !dbg !63
  store i64 4294967298, i64* %71, align 8, !dbg !63
  %72 = getelementptr i8, i8* %49, i64 8, !dbg !63
  %73 = bitcast i8* %72 to i64*, !dbg !63
  store i64 %48, i64* %73, align 8, !dbg !63
  %74 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !63
  %75 = icmp ugt i64 %74, 65536, !dbg !63
  %76 = select i1 %75, i64 2, i64 1, !dbg !63
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %49, i64 %76) #1, !dbg !63
  br label %rec.done7, !dbg !63

rec.lost6:                                        ; preds = %rec.done
  %77 = bitcast i32* %zero to i8*, !dbg !63
  %78 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %77) #1, !dbg !63
  %.not12 = icmp eq i8* %78, null, !dbg !63
  br i1 %.not12, label %rec.done7, label %stat.inc8, !dbg !63

rec.done7:                                        ; preds = %rec.lost6, %stat.inc8, %rec.fill5
  ret i32 0, !dbg !61

stat.inc8:                                        ; preds = %rec.lost6
  %79 = bitcast i8* %78 to i64*, !dbg !63
  %80 = load i64, i64* %79, align 8, !dbg !63
  %81 = add i64 %80, 1, !dbg !63
  store i64 %81, i64* %79, align 8, !dbg !63
  br label %rec.done7, !dbg !63
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #2

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.signal_structs(%struct.signal_struct*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i64* @llvm.preserve.array.access.index.p0i64.p0a16i64([16 x i64]*, i32 immarg, i32 immarg) #3

; Function Attrs: nofree nosync nounwind readnone willreturn
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.rlimits(%struct.rlimit*, i32 immarg, i32 immarg) #3

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4

; Function Attrs: nounwind readnone
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4

; Function Attrs: nounwind readnone
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4

; Function Attrs: nounwind readnone
declare i64* @llvm.bpf.passthrough.p0i64.p0i64(i32, i64*) #4

attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!53, !54}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "btf_print_index.tp", directory: ".")
!4 = !{!0, !5}
!5 = !DIGlobalVariableExpression(var: !6, expr: !DIExpression())
!6 = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !2, file: !3, type: !7, isLocal: false, isDefinition: true, align: 64)
!7 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 256, align: 64, elements: !8)
!8 = !{!9, !15, !20, !22}
!9 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !10, size: 64, align: 64)
!10 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !11, size: 64, align: 64, dwarfAddressSpace: 0)
!11 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 192, align: 32, elements: !13)
!12 = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!13 = !{!14}
!14 = !DISubrange(count: 6, lowerBound: 0)
!15 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !16, size: 64, align: 64, offset: 64)
!16 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !17, size: 64, align: 64, dwarfAddressSpace: 0)
!17 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 32, align: 32, elements: !18)
!18 = !{!19}
!19 = !DISubrange(count: 1, lowerBound: 0)
!20 = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !3, file: !3, baseType: !21, size: 64, align: 64, offset: 128)
!21 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !12, size: 64, align: 64, dwarfAddressSpace: 0)
!22 = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !3, file: !3, baseType: !23, size: 64, align: 64, offset: 192)
!23 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !24, size: 64, align: 64, dwarfAddressSpace: 0)
!24 = !DICompositeType(tag: DW_TAG_array_type, baseType: !25, size: 64, align: 64, elements: !18)
!25 = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!26 = !DICompositeType(tag: DW_TAG_structure_type, scope: !3, file: !3, size: 128, align: 64, elements: !27)
!27 = !{!28, !33}
!28 = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !3, file: !3, baseType: !29, size: 64, align: 64)
!29 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !30, size: 64, align: 64, dwarfAddressSpace: 0)
!30 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 864, align: 32, elements: !31)
!31 = !{!32}
!32 = !DISubrange(count: 27, lowerBound: 0)
!33 = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !3, file: !3, baseType: !34, size: 64, align: 64, offset: 64)
!34 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !35, size: 64, align: 64, dwarfAddressSpace: 0)
!35 = !DICompositeType(tag: DW_TAG_array_type, baseType: !12, size: 8388608, align: 32, elements: !36)
!36 = !{!37}
!37 = !DISubrange(count: 262144, lowerBound: 0)
!38 = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !3, file: !3, size: 1728, elements: !39)
!39 = !{!40}
!40 = !DIDerivedType(tag: DW_TAG_member, name: "signal", scope: !3, file: !3, baseType: !41, size: 64, offset: 1664)
!41 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!42 = !DICompositeType(tag: DW_TAG_structure_type, name: "signal_struct", scope: !3, file: !3, size: 2112, elements: !43)
!43 = !{!44}
!44 = !DIDerivedType(tag: DW_TAG_member, name: "rlim", scope: !3, file: !3, baseType: !45, size: 2048, offset: 64)
!45 = !DICompositeType(tag: DW_TAG_array_type, baseType: !46, size: 2048, elements: !51)
!46 = !DICompositeType(tag: DW_TAG_structure_type, name: "rlimit", scope: !3, file: !3, size: 128, elements: !47)
!47 = !{!48, !50}
!48 = !DIDerivedType(tag: DW_TAG_member, name: "rlim_cur", scope: !3, file: !3, baseType: !49, size: 64)
!49 = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!50 = !DIDerivedType(tag: DW_TAG_member, name: "rlim_max", scope: !3, file: !3, baseType: !49, size: 64, offset: 64)
!51 = !{!52}
!52 = !DISubrange(count: 16, lowerBound: 0)
!53 = !{i32 2, !"Debug Info Version", i32 3}
!54 = !{i32 2, !"Dwarf Version", i32 4}
!55 = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !3, file: !3, line: 6, type: !56, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !58)
!56 = !DISubroutineType(types: !57)
!57 = !{!12, !41}
!58 = !{!59}
!59 = !DILocalVariable(name: "ctx", arg: 1, scope: !55, file: !3, line: 6, type: !41)
!60 = !DILocation(line: 6, scope: !55)
!61 = !DILocation(line: 6, column: 1, scope: !55)
!62 = !DILocation(line: 7, column: 2, scope: !55)
!63 = !DILocation(line: 8, column: 2, scope: !55)
