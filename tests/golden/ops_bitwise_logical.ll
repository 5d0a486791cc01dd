; ModuleID = 'tpscript'
source_filename = "tpscript"
target datalayout = "e-m:e-p:64:64-i64:64-i128:128-n32:64-S128"
target triple = "bpfel"

@_license = global [4 x i8] c"GPL\00", section "license"
@tp_events = global { i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !0
@tp_stats = global { i8*, i8*, i8*, i8* } zeroinitializer, section ".maps", align 8, !dbg !5

; Function Attrs: nounwind
define i32 @tp0_sys_enter_mmap(i8* %ctx) #0 section "tracepoint/syscalls/sys_enter_mmap" !dbg !40 {
entry:
  call void @llvm.dbg.value(metadata i8* %ctx, metadata !45, metadata !DIExpression()), !dbg !46
  %zero = alloca i32, align 4, !dbg !47
  store i32 0, i32* %zero, align 4, !dbg !47
  %0 = getelementptr i8, i8* %ctx, i64 32, !dbg !48
  %1 = bitcast i8* %0 to i64*, !dbg !48
  %2 = load i64, i64* %1, align 8, !dbg !48
  %3 = getelementptr i8, i8* %ctx, i64 40, !dbg !48
  %4 = bitcast i8* %3 to i64*, !dbg !48
  %5 = load i64, i64* %4, align 8, !dbg !48
  %6 = getelementptr i8, i8* %ctx, i64 24, !dbg !48
  %7 = bitcast i8* %6 to i64*, !dbg !48
  %8 = load i64, i64* %7, align 8, !dbg !48
  %9 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !48
  %.not = icmp eq i8* %9, null, !dbg !48
  br i1 %.not, label %rec.lost, label %rec.fill, !dbg !48

rec.fill:                                         ; preds = %entry
  %10 = xor i64 %8, 255, !dbg !48
  %11 = or i64 %5, 32, !dbg !48
  %12 = and i64 %2, 3, !dbg !48
  %13 = bitcast i8* %9 to i64*, !dbg !48
  store i64 1, i64* %13, align 8, !dbg !48
  %14 = getelementptr i8, i8* %9, i64 8, !dbg !48
  %15 = bitcast i8* %14 to i64*, !dbg !48
  store i64 %12, i64* %15, align 8, !dbg !48
  %16 = getelementptr i8, i8* %9, i64 16, !dbg !48
  %17 = bitcast i8* %16 to i64*, !dbg !48
  store i64 %11, i64* %17, align 8, !dbg !48
  %18 = getelementptr i8, i8* %9, i64 24, !dbg !48
  %19 = bitcast i8* %18 to i64*, !dbg !48
  store i64 %10, i64* %19, align 8, !dbg !48
  %20 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !48
  %21 = icmp ugt i64 %20, 65536, !dbg !48
  %22 = select i1 %21, i64 2, i64 1, !dbg !48
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %9, i64 %22) #0, !dbg !48
  br label %rec.done, !dbg !48

rec.lost:                                         ; preds = %entry
  %23 = bitcast i32* %zero to i8*, !dbg !48
  %24 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %23) #0, !dbg !48
  %.not16 = icmp eq i8* %24, null, !dbg !48
  br i1 %.not16, label %rec.done, label %stat.inc, !dbg !48

rec.done:                                         ; preds = %rec.lost, %stat.inc, %rec.fill
  %25 = getelementptr i8, i8* %ctx, i64 48, !dbg !49
  %26 = bitcast i8* %25 to i64*, !dbg !49
  %27 = load i64, i64* %26, align 8, !dbg !49
  %28 = icmp ugt i64 %27, 2, !dbg !49
  br i1 %28, label %and.rhs, label %and.done, !dbg !49

stat.inc:                                         ; preds = %rec.lost
  %29 = bitcast i8* %24 to i64*, !dbg !48
  %30 = load i64, i64* %29, align 8, !dbg !48
  %31 = add i64 %30, 1, !dbg !48
  store i64 %31, i64* %29, align 8, !dbg !48
  br label %rec.done, !dbg !48

and.rhs:                                          ; preds = %rec.done
  %32 = load i64, i64* %7, align 8, !dbg !49
  %33 = icmp ugt i64 %32, 4096, !dbg !49
  %phi.cast = zext i1 %33 to i64, !dbg !49
  br label %and.done, !dbg !49

and.done:                                         ; preds = %and.rhs, %rec.done
  %34 = phi i64 [ 0, %rec.done ], [ %phi.cast, %and.rhs ]
  %35 = getelementptr i8, i8* %ctx, i64 16, !dbg !49
  %36 = bitcast i8* %35 to i64*, !dbg !49
  %37 = load i64, i64* %36, align 8, !dbg !49
  %38 = icmp eq i64 %37, 0, !dbg !49
  br i1 %38, label %or.done, label %or.rhs, !dbg !49

or.rhs:                                           ; preds = %and.done
  %39 = getelementptr i8, i8* %ctx, i64 56, !dbg !49
  %40 = bitcast i8* %39 to i64*, !dbg !49
  %41 = load i64, i64* %40, align 8, !dbg !49
  %42 = icmp ne i64 %41, 0, !dbg !49
  %phi.cast17 = zext i1 %42 to i64, !dbg !49
  br label %or.done, !dbg !49

or.done:                                          ; preds = %or.rhs, %and.done
  %43 = phi i64 [ 1, %and.done ], [ %phi.cast17, %or.rhs ]
  %44 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 24, i64 0) #0, !dbg !49
  %.not18 = icmp eq i8* %44, null, !dbg !49
  br i1 %.not18, label %rec.lost2, label %rec.fill1, !dbg !49

rec.fill1:                                        ; preds = %or.done
  %45 = bitcast i8* %44 to i64*, !dbg !49
  store i64 4294967297, i64* %45, align 8, !dbg !49
  %46 = getelementptr i8, i8* %44, i64 8, !dbg !49
  %47 = bitcast i8* %46 to i64*, !dbg !49
  store i64 %34, i64* %47, align 8, !dbg !49
  %48 = getelementptr i8, i8* %44, i64 16, !dbg !49
  %49 = bitcast i8* %48 to i64*, !dbg !49
  store i64 %43, i64* %49, align 8, !dbg !49
  %50 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !49
  %51 = icmp ugt i64 %50, 65536, !dbg !49
  %52 = select i1 %51, i64 2, i64 1, !dbg !49
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %44, i64 %52) #0, !dbg !49
  br label %rec.done3, !dbg !49

rec.lost2:                                        ; preds = %or.done
  %53 = bitcast i32* %zero to i8*, !dbg !49
  %54 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %53) #0, !dbg !49
  %.not19 = icmp eq i8* %54, null, !dbg !49
  br i1 %.not19, label %rec.done3, label %stat.inc4, !dbg !49

rec.done3:                                        ; preds = %rec.lost2, %stat.inc4, %rec.fill1
  %55 = load i64, i64* %7, align 8, !dbg !50
  %56 = load i64, i64* %36, align 8, !dbg !50
  %57 = load i64, i64* %4, align 8, !dbg !50
  %58 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 32, i64 0) #0, !dbg !50
  %.not20 = icmp eq i8* %58, null, !dbg !50
  br i1 %.not20, label %rec.lost7, label %rec.fill6, !dbg !50

stat.inc4:                                        ; preds = %rec.lost2
  %59 = bitcast i8* %54 to i64*, !dbg !49
  %60 = load i64, i64* %59, align 8, !dbg !49
  %61 = add i64 %60, 1, !dbg !49
  store i64 %61, i64* %59, align 8, !dbg !49
  br label %rec.done3, !dbg !49

rec.fill6:                                        ; preds = %rec.done3
  %62 = xor i64 %57, -1, !dbg !50
  %63 = icmp eq i64 %56, 0, !dbg !50
  %64 = zext i1 %63 to i64, !dbg !50
  %65 = sub i64 0, %55, !dbg !50
  %66 = bitcast i8* %58 to i64*, !dbg !50
  store i64 8589934593, i64* %66, align 8, !dbg !50
  %67 = getelementptr i8, i8* %58, i64 8, !dbg !50
  %68 = bitcast i8* %67 to i64*, !dbg !50
  store i64 %65, i64* %68, align 8, !dbg !50
  %69 = getelementptr i8, i8* %58, i64 16, !dbg !50
  %70 = bitcast i8* %69 to i64*, !dbg !50
  store i64 %64, i64* %70, align 8, !dbg !50
  %71 = getelementptr i8, i8* %58, i64 24, !dbg !50
  %72 = bitcast i8* %71 to i64*, !dbg !50
  store i64 %62, i64* %72, align 8, !dbg !50
  %73 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !50
  %74 = icmp ugt i64 %73, 65536, !dbg !50
  %75 = select i1 %74, i64 2, i64 1, !dbg !50
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %58, i64 %75) #0, !dbg !50
  br label %rec.done8, !dbg !50

rec.lost7:                                        ; preds = %rec.done3
  %76 = bitcast i32* %zero to i8*, !dbg !50
  %77 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %76) #0, !dbg !50
  %.not21 = icmp eq i8* %77, null, !dbg !50
  br i1 %.not21, label %rec.done8, label %stat.inc9, !dbg !50

rec.done8:                                        ; preds = %rec.lost7, %stat.inc9, %rec.fill6
  %78 = call i8* inttoptr (i64 131 to i8* (i8*, i64, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 16, i64 0) #0, !dbg !51
  %.not22 = icmp eq i8* %78, null, !dbg !51
  br i1 %.not22, label %rec.lost12, label %rec.fill11, !dbg !51

stat.inc9:                                        ; preds = %rec.lost7
  %79 = bitcast i8* %77 to i64*, !dbg !50
  %80 = load i64, i64* %79, align 8, !dbg !50
  %81 = add i64 %80, 1, !dbg !50
  store i64 %81, i64* %79, align 8, !dbg !50
  br label %rec.done8, !dbg !50

rec.fill11:                                       ; preds = %rec.done8
  %82 = bitcast i8* %78 to i64*, !dbg !51
  store i64 12884901889, i64* %82, align 8, !dbg !51
  %83 = getelementptr i8, i8* %78, i64 8, !dbg !51
  %84 = bitcast i8* %83 to i64*, !dbg !51
  store i64 0, i64* %84, align 8, !dbg !51
  %85 = call i64 inttoptr (i64 134 to i64 (i8*, i64)*)(i8* bitcast ({ i8*, i8* }* @tp_events to i8*), i64 0) #0, !dbg !51
  %86 = icmp ugt i64 %85, 65536, !dbg !51
  %87 = select i1 %86, i64 2, i64 1, !dbg !51
  call void inttoptr (i64 132 to void (i8*, i64)*)(i8* nonnull %78, i64 %87) #0, !dbg !51
  br label %rec.done13, !dbg !51

rec.lost12:                                       ; preds = %rec.done8
  %88 = bitcast i32* %zero to i8*, !dbg !51
  %89 = call i8* inttoptr (i64 1 to i8* (i8*, i8*)*)(i8* bitcast ({ i8*, i8*, i8*, i8* }* @tp_stats to i8*), i8* nonnull %88) #0, !dbg !51
  %.not23 = icmp eq i8* %89, null, !dbg !51
  br i1 %.not23, label %rec.done13, label %stat.inc14, !dbg !51

rec.done13:                                       ; preds = %rec.lost12, %stat.inc14, %rec.fill11
  ret i32 0, !dbg !47

stat.inc14:                                       ; preds = %rec.lost12
  %90 = bitcast i8* %89 to i64*, !dbg !51
  %91 = load i64, i64* %90, align 8, !dbg !51
  %92 = add i64 %91, 1, !dbg !51
  store i64 %92, i64* %90, align 8, !dbg !51
  br label %rec.done13, !dbg !51
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare void @llvm.dbg.value(metadata, metadata, metadata) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.dbg.cu = !{!2}
!llvm.module.flags = !{!38, !39}

!0 = !DIGlobalVariableExpression(var: !1, expr: !DIExpression())
!1 = distinct !DIGlobalVariable(name: "tp_events", linkageName: "tp_events", scope: !2, file: !3, type: !26, isLocal: false, isDefinition: true, align: 64)
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "tpscript", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug, globals: !4, splitDebugInlining: false)
!3 = !DIFile(filename: "ops_bitwise_logical.tp", directory: ".")
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
!38 = !{i32 2, !"Debug Info Version", i32 3}
!39 = !{i32 2, !"Dwarf Version", i32 4}
!40 = distinct !DISubprogram(name: "tp0_sys_enter_mmap", linkageName: "tp0_sys_enter_mmap", scope: !3, file: !3, line: 2, type: !41, scopeLine: 2, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition | DISPFlagOptimized, unit: !2, retainedNodes: !44)
!41 = !DISubroutineType(types: !42)
!42 = !{!12, !43}
!43 = !DIDerivedType(tag: DW_TAG_pointer_type, baseType: null, size: 64, align: 64, dwarfAddressSpace: 0)
!44 = !{!45}
!45 = !DILocalVariable(name: "ctx", arg: 1, scope: !40, file: !3, line: 2, type: !43)
!46 = !DILocation(line: 2, scope: !40)
!47 = !DILocation(line: 2, column: 1, scope: !40)
!48 = !DILocation(line: 3, column: 2, scope: !40)
!49 = !DILocation(line: 4, column: 2, scope: !40)
!50 = !DILocation(line: 5, column: 2, scope: !40)
!51 = !DILocation(line: 6, column: 2, scope: !40)
