; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

%struct.task_struct = type { i64 }
%struct.signal_struct = type { i64 }
%struct.rlimit = type { i64, i64 }

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !_

; Function Attrs: nounwind
@"llvm.rlimit:0:8$0:1" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:0:40$0:0:2:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:0:48$0:0:2:1" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:0:8$0:0:0" = external global i64, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:1:16$0:0:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:2:1$0:0:2:0" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.signal_struct:2:1$0:0:2:1" = external global i32, !llvm.preserve.access.index !_ #0
@"llvm.task_struct:0:208$0:0" = external global i64, !llvm.preserve.access.index !_ #0
define i32 @begin0(i8* %ctx) #1 section "raw_tp" !dbg !_ {
entry:
  %tmp4 = alloca [1 x i64], align 8, !dbg !_
  %tmp = alloca [1 x i64], align 8, !dbg !_
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !_, metadata !DIExpression()), !dbg !_
  %zero = alloca i32, align 4, !dbg !_
  store i32 0, i32* %zero, align 4, !dbg !_
  %0 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #1, !dbg !_
  %.not = icmp eq i8* %0, null, !dbg !_
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !_

rec.fill:                                         ; preds = %entry
  %1 = bitcast i8* %0 to i64*, !dbg !_
  store i64 2, i64* %1, align 8, !dbg !_
  %2 = getelementptr i8, i8* %0, i64 8, !dbg !_
  %3 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %4 = inttoptr i64 %3 to i8*, !dbg !_
  %5 = load i64, i64* @"llvm.task_struct:0:208$0:0", align 8
  %6 = getelementptr i8, i8* %4, i64 %5
  %7 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %6)
  %8 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %9 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %9, align 8, !dbg !_
  %10 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %8, i32 8, i8* %7) #1, !dbg !_
  %11 = load i64, i64* %9, align 8, !dbg !_
  %12 = inttoptr i64 %11 to i8*, !dbg !_
  %13 = load i32, i32* @"llvm.signal_struct:2:1$0:0:2:0", align 4
  %14 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %13)
  %.not13 = icmp eq i32 %14, 0, !dbg !_
  br i1 %.not13, label %show.none, label %show.member, !dbg !_

rec.lost:                                         ; preds = %entry
  %15 = bitcast i32* %zero to i8*, !dbg !_
  %16 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %15) #1, !dbg !_
  %.not10 = icmp eq i8* %16, null, !dbg !_
  br i1 %.not10, label %rec.done, label %stat.inc, !dbg !_

rec.done:                                         ; preds = %rec.lost, %stat.inc, %show.next3
  %17 = call i64 inttoptr (i64 14 to i64 ()*)() #1, !dbg !_
  %pid = lshr i64 %17, 32, !dbg !_
  %18 = urem i64 %pid, 20, !dbg !_
  %19 = call i64 inttoptr (i64 35 to i64 ()*)() #1, !dbg !_
  %20 = inttoptr i64 %19 to i8*, !dbg !_
  %21 = load i64, i64* @"llvm.task_struct:0:208$0:0", align 8
  %22 = getelementptr i8, i8* %20, i64 %21
  %23 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %22)
  %24 = bitcast [1 x i64]* %tmp to i8*, !dbg !_
  %25 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp, i64 0, i64 0, !dbg !_
  store i64 0, i64* %25, align 8, !dbg !_
  %26 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %24, i32 8, i8* %23) #1, !dbg !_
  %27 = load i64, i64* %25, align 8, !dbg !_
  %28 = inttoptr i64 %27 to i8*, !dbg !_
  %29 = load i64, i64* @"llvm.signal_struct:0:8$0:0:0", align 8
  %30 = getelementptr i8, i8* %28, i64 %29
  %31 = bitcast i8* %30 to i64*
  %32 = call i64* @llvm.bpf.passthrough.p0i64.p0i64(i32 _, i64* %31)
  %33 = load i32, i32* @"llvm.signal_struct:1:16$0:0:0", align 4
  %34 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %33)
  %35 = zext i32 %34 to i64, !dbg !_
  %36 = mul nuw nsw i64 %18, %35, !dbg !_
  %37 = ptrtoint i64* %32 to i64, !dbg !_
  %38 = add i64 %36, %37, !dbg !_
  %39 = icmp ult i64 %18, 16, !dbg !_
  %40 = select i1 %39, i64 %38, i64 0, !dbg !_
  %41 = inttoptr i64 %40 to i8*, !dbg !_
  %42 = load i64, i64* @"llvm.rlimit:0:8$0:1", align 8
  %43 = getelementptr i8, i8* %41, i64 %42
  %44 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %43)
  %45 = bitcast [1 x i64]* %tmp4 to i8*, !dbg !_
  %46 = getelementptr inbounds [1 x i64], [1 x i64]* %tmp4, i64 0, i64 0, !dbg !_
  store i64 0, i64* %46, align 8, !dbg !_
  %47 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* nonnull %45, i32 8, i8* %44) #1, !dbg !_
  %48 = load i64, i64* %46, align 8, !dbg !_
  %49 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #1, !dbg !_
  %.not11 = icmp eq i8* %49, null, !dbg !_
  br i1 %.not11, label %rec.lost6, label %rec.fill5, !dbg !_

stat.inc:                                         ; preds = %rec.lost
  %50 = bitcast i8* %16 to i64*, !dbg !_
  %51 = load i64, i64* %50, align 8, !dbg !_
  %52 = add i64 %51, 1, !dbg !_
  store i64 %52, i64* %50, align 8, !dbg !_
  br label %rec.done, !dbg !_

show.member:                                      ; preds = %rec.fill
  %53 = load i64, i64* @"llvm.signal_struct:0:40$0:0:2:0", align 8
  %54 = getelementptr i8, i8* %12, i64 %53
  %55 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %54)
  %56 = bitcast i8* %2 to i64*, !dbg !_
  store i64 0, i64* %56, align 8, !dbg !_
  %57 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* %55) #1, !dbg !_
  br label %show.next, !dbg !_

show.none:                                        ; preds = %rec.fill
  %58 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %2, i32 8, i8* null) #1, !dbg !_
  br label %show.next, !dbg !_

show.next:                                        ; preds = %show.member, %show.none
  %59 = getelementptr i8, i8* %0, i64 16, !dbg !_
  %60 = load i32, i32* @"llvm.signal_struct:2:1$0:0:2:1", align 4
  %61 = call i32 @llvm.bpf.passthrough.i32.i32(i32 _, i32 %60)
  %.not14 = icmp eq i32 %61, 0, !dbg !_
  br i1 %.not14, label %show.none2, label %show.member1, !dbg !_

show.member1:                                     ; preds = %show.next
  %62 = load i64, i64* @"llvm.signal_struct:0:48$0:0:2:1", align 8
  %63 = getelementptr i8, i8* %12, i64 %62
  %64 = call i8* @llvm.bpf.passthrough.p0i8.p0i8(i32 _, i8* %63)
  %65 = bitcast i8* %59 to i64*, !dbg !_
  store i64 0, i64* %65, align 8, !dbg !_
  %66 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %59, i32 8, i8* %64) #1, !dbg !_
  br label %show.next3, !dbg !_

show.none2:                                       ; preds = %show.next
  %67 = call i64 inttoptr (i64 113 to i64 (i8*, i32, i8*)*)(i8* %59, i32 8, i8* null) #1, !dbg !_
  br label %show.next3, !dbg !_

show.next3:                                       ; preds = %show.member1, %show.none2
  %68 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %69 = icmp ugt i64 %68, 65536, !dbg !_
  %70 = select i1 %69, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %0, i64 %70) #1, !dbg !_
  br label %rec.done, !dbg !_

rec.fill5:                                        ; preds = %rec.done
  %71 = bitcast i8* %49 to i64*, !dbg !_
  store i64 4294967298, i64* %71, align 8, !dbg !_
  %72 = getelementptr i8, i8* %49, i64 8, !dbg !_
  %73 = bitcast i8* %72 to i64*, !dbg !_
  store i64 %48, i64* %73, align 8, !dbg !_
  %74 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #1, !dbg !_
  %75 = icmp ugt i64 %74, 65536, !dbg !_
  %76 = select i1 %75, i64 2, i64 1, !dbg !_
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %49, i64 %76) #1, !dbg !_
  br label %rec.done7, !dbg !_

rec.lost6:                                        ; preds = %rec.done
  %77 = bitcast i32* %zero to i8*, !dbg !_
  %78 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %77) #1, !dbg !_
  %.not12 = icmp eq i8* %78, null, !dbg !_
  br i1 %.not12, label %rec.done7, label %stat.inc8, !dbg !_

rec.done7:                                        ; preds = %rec.lost6, %stat.inc8, %rec.fill5
  ret i32 0, !dbg !_

stat.inc8:                                        ; preds = %rec.lost6
  %79 = bitcast i8* %78 to i64*, !dbg !_
  %80 = load i64, i64* %79, align 8, !dbg !_
  %81 = add i64 %80, 1, !dbg !_
  store i64 %81, i64* %79, align 8, !dbg !_
  br label %rec.done7, !dbg !_
}
!_ = !DIBasicType(name: "int", size: 32, encoding: DW_ATE_signed)
!_ = !DIBasicType(name: "unsigned long long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DIBasicType(name: "unsigned long", size: 64, encoding: DW_ATE_unsigned)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 192, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 2048, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 32, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 64, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 8388608, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_array_type, baseType: !_, size: 864, align: 32, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "rlimit", scope: !_, file: !_, size: 128, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "signal_struct", scope: !_, file: !_, size: 2112, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, name: "task_struct", scope: !_, file: !_, size: 1728, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 128, align: 64, elements: !_)
!_ = !DICompositeType(tag: DW_TAG_structure_type, scope: !_, file: !_, size: 256, align: 64, elements: !_)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "key", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 128)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "max_entries", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "rlim", scope: !_, file: !_, baseType: !_, size: 2048, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "rlim_cur", scope: !_, file: !_, baseType: !_, size: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "rlim_max", scope: !_, file: !_, baseType: !_, size: 64, offset: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "signal", scope: !_, file: !_, baseType: !_, size: 64, offset: 1664)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "type", scope: !_, file: !_, baseType: !_, size: 64, align: 64)
!_ = !DIDerivedType(tag: DW_TAG_member, name: "value", scope: !_, file: !_, baseType: !_, size: 64, align: 64, offset: 192)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: !_, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!_ = !DIFile(filename: "btf_print_index.tp", directory: ".")
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DIGlobalVariableExpression(var: !_, expr: !DIExpression())
!_ = !DILocalVariable(name: "ctx", arg: 1, scope: !_, file: !_, line: 6, type: !_)
!_ = !DILocation(line: 6, column: 1, scope: !_)
!_ = !DILocation(line: 6, scope: !_)
!_ = !DILocation(line: 7, column: 2, scope: !_)
!_ = !DILocation(line: 8, column: 2, scope: !_)
!_ = !DISubrange(count: 1, lowerBound: 0)
!_ = !DISubrange(count: 16, lowerBound: 0)
!_ = !DISubrange(count: 262144, lowerBound: 0)
!_ = !DISubrange(count: 27, lowerBound: 0)
!_ = !DISubrange(count: 6, lowerBound: 0)
!_ = !DISubroutineType(types: !_)
!_ = !{!_, !_, !_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_, !_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{!_}
!_ = !{i32 2, !"Debug Info Version", i32 3}
!_ = !{i32 2, !"Dwarf Version", i32 4}
!_ = distinct !DICompileUnit(language: DW_LANG_C, file: !_, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !_, splitDebugInlining: false)
!_ = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DIGlobalVariable(name: "tp_stats", linkageName: "tp_stats", scope: !_, file: !_, type: !_, isLocal: false, isDefinition: true, align: 64)
!_ = distinct !DISubprogram(name: "begin0", linkageName: "begin0", scope: !_, file: !_, line: 6, type: !_, scopeLine: 6, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !_, retainedNodes: !_)
!llvm.dbg.cu = !{!_}
!llvm.module.flags = !{!_, !_}
; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nofree nosync nounwind readnone willreturn
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
; Function Attrs: nounwind readnone
attributes #0 = { "btf_ama" }
attributes #1 = { nounwind }
attributes #2 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #3 = { nofree nosync nounwind readnone willreturn }
attributes #4 = { nounwind readnone }
declare i32 @llvm.bpf.passthrough.i32.i32(i32, i32) #4
declare i32 @llvm.bpf.preserve.field.info.p0i8(i8*, i64 immarg) #4
declare i64* @llvm.bpf.passthrough.p0i64.p0i64(i32, i64*) #4
declare i64* @llvm.preserve.array.access.index.p0i64.p0a16i64([16 x i64]*, i32 immarg, i32 immarg) #3
declare i8* @llvm.bpf.passthrough.p0i8.p0i8(i32, i8*) #4
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.rlimits(%struct.rlimit*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.signal_structs(%struct.signal_struct*, i32 immarg, i32 immarg) #3
declare i8* @llvm.preserve.struct.access.index.p0i8.p0s_struct.task_structs(%struct.task_struct*, i32 immarg, i32 immarg) #3
declare void @llvm.dbg.value(metadata, metadata, metadata) #2
